BRIEFINGS_SEARCH_WORDS("evo",{
"evoquant":"7p",
"evoque":"5n,j,1k,2;66",
"evoquer":"7k"
});
