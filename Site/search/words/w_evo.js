BRIEFINGS_SEARCH_WORDS("evo",{
"evoquant":"7m",
"evoque":"5m,i,1j,2;64",
"evoquer":"7h"
});
