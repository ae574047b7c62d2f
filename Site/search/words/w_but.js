BRIEFINGS_SEARCH_WORDS("but",{
"but":"3v,13,15,1k,4,1,2;3v"
});
