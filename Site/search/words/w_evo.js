BRIEFINGS_SEARCH_WORDS("evo",{
"evoquant":"7x",
"evoque":"64,i,1c,2;6m",
"evoquer":"7s"
});
