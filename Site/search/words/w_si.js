BRIEFINGS_SEARCH_WORDS("si",{
"si":"3l,4,3t,g,1;3p"
});
