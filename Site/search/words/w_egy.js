BRIEFINGS_SEARCH_WORDS("egy",{
"egypt":"3,v,3q,3j;4o",
"egypte":"2,1,e,h,x,3,2b,f,3l;y",
"egyptian":"3,v",
"egyptien":"3,v,7a",
"egyptienne":"y,2z",
"egyptiennes":"y"
});
