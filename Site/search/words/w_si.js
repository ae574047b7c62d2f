BRIEFINGS_SEARCH_WORDS("si",{
"si":"3l,4,3s,g,1;3p"
});
