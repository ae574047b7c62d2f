BRIEFINGS_SEARCH_WORDS("tow",{
"town":"40,2,7,1,39,2;49",
"towns":"44,3f;44"
});
