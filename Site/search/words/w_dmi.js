BRIEFINGS_SEARCH_WORDS("dmi",{
"dmitri":"w,3p,1f,1n,6;w,3p",
"dmitry":"w"
});
