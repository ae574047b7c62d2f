BRIEFINGS_SEARCH_WORDS("sty",{
"styled":"h,3m,25,1d,c;43,25"
});
