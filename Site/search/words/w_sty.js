BRIEFINGS_SEARCH_WORDS("sty",{
"styled":"h,3j,28,1e,c;68"
});
