BRIEFINGS_SEARCH_WORDS("civ",{
"civil":"l,3z,3b",
"civile":"l",
"civiles":"2c,a,5",
"civilian":"4l,35,3",
"civilians":"46,a,c,2v,3,6",
"civils":"24,f,o,2,23,1t,6,8,1,8,7"
});
