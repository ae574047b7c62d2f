BRIEFINGS_SEARCH_WORDS("reb",{
"rebel":"2h,5d",
"rebelle":"1,h,41,3a",
"rebelles":"1,k,1w,5,b,a,10,j,18,1,a,1d,7;2h,3s",
"rebels":"2h,1q,3e,6,3"
});
