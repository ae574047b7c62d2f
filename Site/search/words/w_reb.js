BRIEFINGS_SEARCH_WORDS("reb",{
"rebel":"2i,5n",
"rebelle":"1,h,4k,32",
"rebelles":"1,k,1x,5,b,w,v,j,17,1,8,19,7;2i,46",
"rebels":"2i,27,37,6,3"
});
