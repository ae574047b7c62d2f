BRIEFINGS_SEARCH_WORDS("pay",{
"payer":"39",
"pays":"5,4,9,4,2,k,11,1h,5,14,4,2,m,m,c,i,1,3,1,3,5,2;3v,14,6,18"
});
