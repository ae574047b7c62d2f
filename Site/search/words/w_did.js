BRIEFINGS_SEARCH_WORDS("did",{
"did":"7i,4"
});
