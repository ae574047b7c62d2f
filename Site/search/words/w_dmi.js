BRIEFINGS_SEARCH_WORDS("dmi",{
"dmitri":"w,3m,1d,1h,6;w,3m",
"dmitry":"w"
});
