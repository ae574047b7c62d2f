BRIEFINGS_SEARCH_WORDS("sty",{
"styled":"h,3o,22,1d,c;45,22"
});
