BRIEFINGS_SEARCH_WORDS("spo",{
"spokesman":"6,q,g,8,17,1d,1h,3,r,9,l,1,3,6;44,1k,10",
"spokesperson":"6,q,o,17",
"sponsored":"4p,2s;4p",
"sporadiques":"76,1"
});
