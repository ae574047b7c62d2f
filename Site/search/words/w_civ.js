BRIEFINGS_SEARCH_WORDS("civ",{
"civil":"l,3t,35;4e",
"civile":"l",
"civiles":"2c,a,5",
"civilian":"4f,2z,3;4f",
"civilians":"43,7,b,2q,3,6;4a",
"civils":"24,f,o,2,1v,1p,7,7,1,8,7;6t"
});
