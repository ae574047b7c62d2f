BRIEFINGS_SEARCH_WORDS("evo",{
"evoquant":"7c",
"evoque":"5j,i,1c,2;61",
"evoquer":"77"
});
