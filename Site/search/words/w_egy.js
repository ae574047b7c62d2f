BRIEFINGS_SEARCH_WORDS("egy",{
"egypt":"3,v,33,3l;41",
"egypte":"2,1,e,h,x,3,1o,f,3n;y",
"egyptian":"3,v",
"egyptien":"3,v,6p",
"egyptienne":"y,2c",
"egyptiennes":"y"
});
