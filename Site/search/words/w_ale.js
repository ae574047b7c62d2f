BRIEFINGS_SEARCH_WORDS("ale",{
"alep":"1,h,10,3,w,q,2,34,2,j,b,b,1",
"aleppo":"1,4b,p,2n,3,3,3;51,2t",
"alerte":"1h,k",
"alertes":"39",
"alexander":"8,59,2b;8,59"
});
