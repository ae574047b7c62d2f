BRIEFINGS_SEARCH_WORDS("did",{
"did":"83,4"
});
