BRIEFINGS_SEARCH_WORDS("did",{
"did":"7s,4"
});
