BRIEFINGS_SEARCH_WORDS("but",{
"but":"3v,9,v,15,1l,4,1,2;3v,9"
});
