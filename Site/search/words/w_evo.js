BRIEFINGS_SEARCH_WORDS("evo",{
"evoquant":"7n",
"evoque":"5n,i,1j,2;65",
"evoquer":"7i"
});
