BRIEFINGS_SEARCH_WORDS("egy",{
"egypt":"3,v,33,3k;41",
"egypte":"2,1,e,h,x,3,1o,f,3m;y",
"egyptian":"3,v",
"egyptien":"3,v,6o",
"egyptienne":"y,2c",
"egyptiennes":"y"
});
