BRIEFINGS_SEARCH_WORDS("ale",{
"alep":"1,h,10,3,w,q,2,2u,j,a,b,1",
"aleppo":"1,45,n,2i,3,3,3;4t,2o",
"alerte":"1h,k",
"alertes":"39",
"alexander":"8,51,26;8,51"
});
