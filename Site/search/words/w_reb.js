BRIEFINGS_SEARCH_WORDS("reb",{
"rebel":"2i,52",
"rebelle":"1,h,3y,33",
"rebelles":"1,k,1x,5,b,a,v,k,17,1,8,19,7;2i,3l",
"rebels":"2i,1l,38,6,3"
});
