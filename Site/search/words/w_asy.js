BRIEFINGS_SEARCH_WORDS("asy",{
"asylum":"6q,x",
"asymetrique":"3a,3t,i;73"
});
