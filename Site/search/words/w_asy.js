BRIEFINGS_SEARCH_WORDS("asy",{
"asylum":"6f,v",
"asymetrique":"3a,3g,i;6q"
});
