BRIEFINGS_SEARCH_WORDS("tow",{
"town":"45,2,7,1,3f,2;4e",
"towns":"49,3l;49"
});
