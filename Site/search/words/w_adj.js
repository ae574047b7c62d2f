BRIEFINGS_SEARCH_WORDS("adj",{
"adjoint":"21,32,2c",
"adjointe":"2s,9,9,20,24;5a"
});
