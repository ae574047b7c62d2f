BRIEFINGS_SEARCH_WORDS("ale",{
"alep":"1,h,10,3,x,q,2,1l,1p,m,1",
"aleppo":"1,46,o,2f,3,3,3;7g",
"alerte":"1h,l",
"alertes":"3a",
"alexander":"8,53,23;8,53"
});
