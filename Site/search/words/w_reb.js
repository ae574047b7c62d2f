BRIEFINGS_SEARCH_WORDS("reb",{
"rebel":"2h,5g",
"rebelle":"1,h,42,3c",
"rebelles":"1,k,1w,5,b,a,11,j,18,1,b,1e,7;2h,3u",
"rebels":"2h,1r,3g,6,3"
});
