BRIEFINGS_SEARCH_WORDS("evo",{
"evoquant":"7b",
"evoque":"5i,i,1c,2;60",
"evoquer":"76"
});
