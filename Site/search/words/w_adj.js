BRIEFINGS_SEARCH_WORDS("adj",{
"adjoint":"21,38,2i",
"adjointe":"2s,9,9,26,2a;5g"
});
