BRIEFINGS_SEARCH_WORDS("egy",{
"egypt":"3,v,39,3s;47",
"egypte":"2,1,e,h,x,3,1p,k,3u;y",
"egyptian":"3,v",
"egyptien":"3,v,72",
"egyptienne":"y,2c",
"egyptiennes":"y"
});
