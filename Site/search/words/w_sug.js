BRIEFINGS_SEARCH_WORDS("sug",{
"suggest":"5l,1t"
});
