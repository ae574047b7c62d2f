BRIEFINGS_SEARCH_WORDS("mes",{
"meshri":"1u",
"mesmari":"6",
"message":"6n,p;6n",
"mesure":"1q,1i,31,7,a,l,3",
"mesures":"7e"
});
