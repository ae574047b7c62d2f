BRIEFINGS_SEARCH_WORDS("sty",{
"styled":"h,3j,3c,c;40"
});
