BRIEFINGS_SEARCH_WORDS("spo",{
"spokesman":"6,q,g,8,18,1z,1g,3,r,8,m,1,3,6;4r,1j,z",
"spokesperson":"6,q,o,18",
"sponsored":"5b,2s;5b",
"sporadiques":"7s,1"
});
