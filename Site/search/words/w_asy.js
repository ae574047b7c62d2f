BRIEFINGS_SEARCH_WORDS("asy",{
"asylum":"6r,x",
"asymetrique":"3a,3u,i;74"
});
