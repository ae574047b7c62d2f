BRIEFINGS_SEARCH_WORDS("si",{
"si":"3k,4,3i,g,1;3o"
});
