BRIEFINGS_SEARCH_WORDS("but",{
"but":"3v,14,15,1,1l,4,1,2;3v"
});
