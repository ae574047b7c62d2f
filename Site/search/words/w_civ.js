BRIEFINGS_SEARCH_WORDS("civ",{
"civil":"l,3v,32;4g",
"civile":"l",
"civiles":"2d,a,5",
"civilian":"4i,2v,3;4i",
"civilians":"44,7,c,2n,3,6;4b",
"civils":"25,f,o,2,1w,1l,8,7,1,8,7;6r"
});
