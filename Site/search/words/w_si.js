BRIEFINGS_SEARCH_WORDS("si",{
"si":"3l,4,3u,g,1;3p"
});
