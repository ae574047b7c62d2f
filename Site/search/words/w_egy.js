BRIEFINGS_SEARCH_WORDS("egy",{
"egypt":"3,v,36,3t;44",
"egypte":"2,1,e,h,x,3,1p,h,3v;y",
"egyptian":"3,v",
"egyptien":"3,v,70",
"egyptienne":"y,2c",
"egyptiennes":"y"
});
