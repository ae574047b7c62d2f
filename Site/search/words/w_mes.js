BRIEFINGS_SEARCH_WORDS("mes",{
"meshri":"1u",
"mesmari":"6",
"message":"6l,p;6l",
"mesure":"1q,1i,2z,7,a,l,3;6e",
"mesures":"7c"
});
