BRIEFINGS_SEARCH_WORDS("civ",{
"civil":"l,3y,3a;4j",
"civile":"l",
"civiles":"2c,a,5",
"civilian":"4k,34,3;4k",
"civilians":"48,7,c,2u,3,6;4f",
"civils":"24,f,o,2,22,1t,6,7,1,8,7;74"
});
