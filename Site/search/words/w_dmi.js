BRIEFINGS_SEARCH_WORDS("dmi",{
"dmitri":"w,3q,1f,1p,6;w,3q",
"dmitry":"w"
});
