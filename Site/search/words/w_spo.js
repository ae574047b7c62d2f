BRIEFINGS_SEARCH_WORDS("spo",{
"spokesman":"6,q,g,8,18,1d,1h,3,r,9,l,1,3,6;45,1k,10",
"spokesperson":"6,q,o,18",
"sponsored":"4q,2s;4q",
"sporadiques":"77,1"
});
