BRIEFINGS_SEARCH_WORDS("asy",{
"asylum":"6f,v",
"asymetrique":"3b,3e,j;6p"
});
