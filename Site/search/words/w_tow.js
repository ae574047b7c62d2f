BRIEFINGS_SEARCH_WORDS("tow",{
"town":"43,2,a,1,3f,2;4f",
"towns":"47,3o;47"
});
