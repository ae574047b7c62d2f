BRIEFINGS_SEARCH_WORDS("reb",{
"rebel":"2h,55",
"rebelle":"1,h,3x,36",
"rebelles":"1,k,1w,5,b,a,v,k,17,1,8,1c,7;2h,3l",
"rebels":"2h,1l,3b,6,3"
});
