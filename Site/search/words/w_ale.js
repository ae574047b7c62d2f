BRIEFINGS_SEARCH_WORDS("ale",{
"alep":"1,h,10,3,w,q,2,33,2,j,a,c,1",
"aleppo":"1,4a,q,2m,3,3,3;51,2s",
"alerte":"1h,k",
"alertes":"39",
"alexander":"8,59,2a;8,59"
});
