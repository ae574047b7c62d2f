BRIEFINGS_SEARCH_WORDS("reb",{
"rebel":"2i,51",
"rebelle":"1,h,3y,32",
"rebelles":"1,k,1x,5,b,a,v,j,17,1,8,19,7;2i,3k",
"rebels":"2i,1l,37,6,3"
});
