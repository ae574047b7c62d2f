BRIEFINGS_SEARCH_WORDS("spo",{
"spokesman":"6,q,g,8,17,1i,1g,3,x,6,p,1,3,6;49,1j,x,6",
"spokesperson":"6,q,o,17",
"sponsored":"4u,2y;4u",
"sporadiques":"7h,1"
});
