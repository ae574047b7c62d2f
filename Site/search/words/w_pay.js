BRIEFINGS_SEARCH_WORDS("pay",{
"payer":"3v",
"pays":"5,4,9,4,2,k,11,23,5,14,4,2,m,m,c,i,1,3,1,3,5,2;4h,14,6,18"
});
