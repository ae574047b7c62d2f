BRIEFINGS_SEARCH_WORDS("ale",{
"alep":"1,h,10,3,w,q,2,3c,l,1",
"aleppo":"1,45,p,2f,3,3,3;7g",
"alerte":"1h,k",
"alertes":"39",
"alexander":"8,53,23;8,53"
});
