BRIEFINGS_SEARCH_WORDS("civ",{
"civil":"l,3u,33;4f",
"civile":"l",
"civiles":"2c,a,5",
"civilian":"4h,2w,3;4h",
"civilians":"43,7,d,2n,3,6;4a",
"civils":"24,f,o,2,1x,1m,7,7,1,8,7;6s"
});
