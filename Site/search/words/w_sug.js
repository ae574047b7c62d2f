BRIEFINGS_SEARCH_WORDS("sug",{
"suggest":"6a,1p"
});
