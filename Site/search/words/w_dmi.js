BRIEFINGS_SEARCH_WORDS("dmi",{
"dmitri":"w,3n,1c,1h,6;w,3n",
"dmitry":"w"
});
