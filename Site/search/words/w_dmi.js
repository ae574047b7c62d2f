BRIEFINGS_SEARCH_WORDS("dmi",{
"dmitri":"w,3k,1d,1k,6;w,3k",
"dmitry":"w"
});
