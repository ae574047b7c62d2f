BRIEFINGS_SEARCH_WORDS("civ",{
"civil":"l,4h,32;52",
"civile":"l",
"civiles":"2d,a,5",
"civilian":"54,2v,3;54",
"civilians":"4q,7,c,2n,3,6;4x",
"civils":"25,f,1a,2,1w,1l,8,7,1,8,7;7d"
});
