BRIEFINGS_SEARCH_WORDS("mes",{
"meshri":"1u",
"mesmari":"6",
"message":"79,m;79",
"mesure":"1q,25,30,6,7,m,3",
"mesures":"7x"
});
