BRIEFINGS_SEARCH_WORDS("mes",{
"meshri":"1u",
"mesmari":"6",
"message":"6x,q;6x",
"mesure":"1q,1i,3b,7,b,l,3;6q",
"mesures":"7p"
});
