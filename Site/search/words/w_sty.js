BRIEFINGS_SEARCH_WORDS("sty",{
"styled":"h,3k,39,c;41"
});
