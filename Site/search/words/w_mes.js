BRIEFINGS_SEARCH_WORDS("mes",{
"meshri":"1u",
"mesmari":"6",
"message":"6o,l;6o",
"mesure":"1q,1i,31,6,8,l,3",
"mesures":"7b"
});
