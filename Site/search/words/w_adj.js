BRIEFINGS_SEARCH_WORDS("adj",{
"adjoint":"21,30,2f",
"adjointe":"2s,9,9,1y,27;58"
});
