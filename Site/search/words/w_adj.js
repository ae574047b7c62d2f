BRIEFINGS_SEARCH_WORDS("adj",{
"adjoint":"21,2y,2g",
"adjointe":"2s,9,9,20,24;5a"
});
