BRIEFINGS_SEARCH_WORDS("tow",{
"town":"40,2,7,1,3c,2;49",
"towns":"44,3i;44"
});
