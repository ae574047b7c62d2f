BRIEFINGS_SEARCH_WORDS("spo",{
"spokesman":"6,q,g,8,17,1g,1j,3,x,6,p,1,3,6;47,1m,x,6",
"spokesperson":"6,q,o,17",
"sponsored":"4v,2y;4v",
"sporadiques":"7i,1"
});
