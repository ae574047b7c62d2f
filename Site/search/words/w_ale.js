BRIEFINGS_SEARCH_WORDS("ale",{
"alep":"1,h,10,3,w,q,2,3f,l,1",
"aleppo":"1,45,p,2i,3,3,3;7j",
"alerte":"1h,k",
"alertes":"39",
"alexander":"8,53,26;8,53"
});
