BRIEFINGS_SEARCH_WORDS("sug",{
"suggest":"5s,1w"
});
