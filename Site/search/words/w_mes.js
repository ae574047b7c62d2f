BRIEFINGS_SEARCH_WORDS("mes",{
"meshri":"1u",
"mesmari":"6",
"message":"6n,m;6n",
"mesure":"1q,1j,30,6,7,m,3",
"mesures":"7b"
});
