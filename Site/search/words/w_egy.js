BRIEFINGS_SEARCH_WORDS("egy",{
"egypt":"3,v,38,3q;46",
"egypte":"2,1,e,h,x,3,1p,j,3s;y",
"egyptian":"3,v",
"egyptien":"3,v,6z",
"egyptienne":"y,2c",
"egyptiennes":"y"
});
