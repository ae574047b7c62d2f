BRIEFINGS_SEARCH_WORDS("asy",{
"asylum":"6h,w",
"asymetrique":"3a,3j,i;6t"
});
