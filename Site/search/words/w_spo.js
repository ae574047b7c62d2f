BRIEFINGS_SEARCH_WORDS("spo",{
"spokesman":"6,q,g,8,18,1d,1g,3,r,8,m,1,3,6;45,1j,z",
"spokesperson":"6,q,o,18",
"sponsored":"4p,2s;4p",
"sporadiques":"76,1"
});
