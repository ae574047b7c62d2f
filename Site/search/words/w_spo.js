BRIEFINGS_SEARCH_WORDS("spo",{
"spokesman":"6,q,g,8,17,1d,1e,3,u,6,p,1,3,6;44,1h,u,6",
"spokesperson":"6,q,o,17",
"sponsored":"4n,2v;4n",
"sporadiques":"77,1"
});
