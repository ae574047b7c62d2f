BRIEFINGS_SEARCH_WORDS("asy",{
"asylum":"6g,v",
"asymetrique":"3b,3g,i;6r"
});
