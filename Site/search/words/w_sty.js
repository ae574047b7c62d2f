BRIEFINGS_SEARCH_WORDS("sty",{
"styled":"h,3j,39,c;40"
});
