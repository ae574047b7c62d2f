BRIEFINGS_SEARCH_WORDS("did",{
"did":"7v,4"
});
