BRIEFINGS_SEARCH_WORDS("adj",{
"adjoint":"21,38,2k",
"adjointe":"2s,9,9,26,2c;5g"
});
