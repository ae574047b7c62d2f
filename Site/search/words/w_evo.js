BRIEFINGS_SEARCH_WORDS("evo",{
"evoquant":"7c",
"evoque":"5f,j,1f,2;5y",
"evoquer":"77"
});
