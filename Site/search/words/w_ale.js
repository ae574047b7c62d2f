BRIEFINGS_SEARCH_WORDS("ale",{
"alep":"1,h,10,3,x,x,f,2,1l,1p,m,1;3f",
"aleppo":"1,3e,1e,o,2f,3,3,3;82",
"alerte":"1h,l",
"alertes":"3w",
"alexander":"8,5p,23;8,5p"
});
