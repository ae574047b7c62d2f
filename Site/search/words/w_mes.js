BRIEFINGS_SEARCH_WORDS("mes",{
"meshri":"1u",
"mesmari":"6",
"message":"6w,q;6w",
"mesure":"1q,1i,3a,7,b,l,3;6p",
"mesures":"7o"
});
