BRIEFINGS_SEARCH_WORDS("mes",{
"meshri":"1u",
"mesmari":"6",
"message":"6v,p;6v",
"mesure":"1q,1i,39,7,b,k,3;6o",
"mesures":"7m"
});
