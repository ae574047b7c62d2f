BRIEFINGS_SEARCH_WORDS("ale",{
"alep":"1,h,10,3,x,q,2,3c,l,1",
"aleppo":"1,46,p,2f,3,3,3;7h",
"alerte":"1h,l",
"alertes":"3a",
"alexander":"8,54,23;8,54"
});
