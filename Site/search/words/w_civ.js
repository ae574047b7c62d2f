BRIEFINGS_SEARCH_WORDS("civ",{
"civil":"l,3z,3a;4k",
"civile":"l",
"civiles":"2c,a,5",
"civilian":"4l,34,3;4l",
"civilians":"46,a,c,2u,3,6;4g",
"civils":"24,f,o,2,23,1t,6,7,1,8,7;75"
});
