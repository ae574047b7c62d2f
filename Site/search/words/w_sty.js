BRIEFINGS_SEARCH_WORDS("sty",{
"styled":"h,3k,38,c;41"
});
