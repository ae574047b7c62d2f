BRIEFINGS_SEARCH_WORDS("egy",{
"egypt":"3,v,34,3k;42",
"egypte":"2,1,e,h,x,3,1p,f,3m;y",
"egyptian":"3,v",
"egyptien":"3,v,6p",
"egyptienne":"y,2d",
"egyptiennes":"y"
});
