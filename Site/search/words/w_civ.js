BRIEFINGS_SEARCH_WORDS("civ",{
"civil":"l,3z,3c;4k",
"civile":"l",
"civiles":"2c,a,5",
"civilian":"4l,36,3;4l",
"civilians":"49,7,c,2w,3,6;4g",
"civils":"24,f,o,2,23,1u,7,7,1,8,7;76"
});
