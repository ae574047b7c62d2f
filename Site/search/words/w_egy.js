BRIEFINGS_SEARCH_WORDS("egy",{
"egypt":"3,v,35,3v;43",
"egypte":"2,1,e,h,x,3,1p,g,3x;y",
"egyptian":"3,v",
"egyptien":"3,v,71",
"egyptienne":"y,2c",
"egyptiennes":"y"
});
