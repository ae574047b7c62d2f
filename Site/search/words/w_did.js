BRIEFINGS_SEARCH_WORDS("did",{
"did":"7t,4"
});
