BRIEFINGS_SEARCH_WORDS("adj",{
"adjoint":"21,2y,2j",
"adjointe":"2s,9,9,20,27;5a"
});
