BRIEFINGS_SEARCH_WORDS("reb",{
"rebel":"2h,5e",
"rebelle":"1,h,42,3a",
"rebelles":"1,k,1w,5,b,a,y,m,18,1,a,1d,7;2h,3t",
"rebels":"2h,1o,3h,6,3"
});
