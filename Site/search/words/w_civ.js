BRIEFINGS_SEARCH_WORDS("civ",{
"civil":"l,3u,36;4f",
"civile":"l",
"civiles":"2c,a,5",
"civilian":"4h,2z,3;4h",
"civilians":"43,7,d,2q,3,6;4a",
"civils":"24,f,o,2,1x,1p,7,7,1,8,7;6v"
});
