BRIEFINGS_SEARCH_WORDS("mes",{
"meshri":"1u",
"mesmari":"6",
"message":"6p,l;6p",
"mesure":"1q,1j,31,6,8,l,3",
"mesures":"7c"
});
