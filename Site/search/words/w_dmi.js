BRIEFINGS_SEARCH_WORDS("dmi",{
"dmitri":"w,49,1c,1h,6;w,49",
"dmitry":"w"
});
