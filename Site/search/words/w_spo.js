BRIEFINGS_SEARCH_WORDS("spo",{
"spokesman":"6,q,g,8,17,1d,1h,3,t,6,p,1,3,6;44,1k,t,6",
"spokesperson":"6,q,o,17",
"sponsored":"4p,2v;4p",
"sporadiques":"79,1"
});
