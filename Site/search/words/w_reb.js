BRIEFINGS_SEARCH_WORDS("reb",{
"rebel":"2h,52",
"rebelle":"1,h,3x,33",
"rebelles":"1,k,1w,5,b,a,v,k,17,1,8,19,7;2h,3l",
"rebels":"2h,1l,38,6,3"
});
