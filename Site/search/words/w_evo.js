BRIEFINGS_SEARCH_WORDS("evo",{
"evoquant":"7o",
"evoque":"5n,i,1k,2;65",
"evoquer":"7d,6"
});
