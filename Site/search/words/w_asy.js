BRIEFINGS_SEARCH_WORDS("asy",{
"asylum":"6p,w",
"asymetrique":"3a,3s,h;72"
});
