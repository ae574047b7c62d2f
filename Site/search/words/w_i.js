BRIEFINGS_SEARCH_WORDS("i",{
"i":"7v"
});
