BRIEFINGS_SEARCH_WORDS("sug",{
"suggest":"5p,1p"
});
