BRIEFINGS_SEARCH_WORDS("mes",{
"meshri":"1u",
"mesmari":"6",
"message":"6w,p;6w",
"mesure":"1q,1i,3a,7,b,k,3;6p",
"mesures":"7n"
});
