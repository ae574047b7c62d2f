BRIEFINGS_SEARCH_WORDS("ale",{
"alep":"1,h,10,3,w,q,2,32,2,j,a,b,1",
"aleppo":"1,4a,p,2l,3,3,3;50,2r",
"alerte":"1h,k",
"alertes":"39",
"alexander":"8,58,29;8,58"
});
