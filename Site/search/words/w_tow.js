BRIEFINGS_SEARCH_WORDS("tow",{
"town":"40,5,a,1,3g,2;4f",
"towns":"47,3p;47"
});
