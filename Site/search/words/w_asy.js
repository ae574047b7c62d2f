BRIEFINGS_SEARCH_WORDS("asy",{
"asylum":"6f,w",
"asymetrique":"3a,3h,i;6r"
});
