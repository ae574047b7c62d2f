BRIEFINGS_SEARCH_WORDS("adj",{
"adjoint":"21,38,2j",
"adjointe":"2s,9,9,26,2b;5g"
});
