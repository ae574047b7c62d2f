BRIEFINGS_SEARCH_WORDS("civ",{
"civil":"l,3z,3b;4k",
"civile":"l",
"civiles":"2c,a,5",
"civilian":"4l,35,3;4l",
"civilians":"46,a,c,2v,3,6;4g",
"civils":"24,f,o,2,23,1t,6,8,1,8,7;75"
});
