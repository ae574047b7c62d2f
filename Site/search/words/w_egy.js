BRIEFINGS_SEARCH_WORDS("egy",{
"egypt":"3,v,34,3j;42",
"egypte":"2,1,e,h,x,3,1p,f,3l;y",
"egyptian":"3,v",
"egyptien":"3,v,6o",
"egyptienne":"y,2d",
"egyptiennes":"y"
});
