BRIEFINGS_SEARCH_WORDS("sug",{
"suggest":"5o,1p"
});
