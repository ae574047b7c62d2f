BRIEFINGS_SEARCH_WORDS("adj",{
"adjoint":"21,37,2i",
"adjointe":"2s,9,9,25,2a;5f"
});
