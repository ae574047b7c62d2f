BRIEFINGS_SEARCH_WORDS("ors",{
"orsay":"16"
});
