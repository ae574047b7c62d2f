BRIEFINGS_SEARCH_WORDS("reb",{
"rebel":"2h,53",
"rebelle":"1,h,3w,35",
"rebelles":"1,k,1w,5,b,a,v,i,17,1,8,1c,7;2h,3j",
"rebels":"2h,1l,39,6,3"
});
