BRIEFINGS_SEARCH_WORDS("adj",{
"adjoint":"21,32,2f",
"adjointe":"2s,9,9,20,27;5a"
});
