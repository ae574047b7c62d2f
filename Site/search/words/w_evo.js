BRIEFINGS_SEARCH_WORDS("evo",{
"evoquant":"7e",
"evoque":"5i,i,1f,2;60",
"evoquer":"79"
});
