BRIEFINGS_SEARCH_WORDS("asy",{
"asylum":"71,v",
"asymetrique":"3x,3e,j;7b"
});
