BRIEFINGS_SEARCH_WORDS("asy",{
"asylum":"6q,w",
"asymetrique":"3a,3t,h;73"
});
