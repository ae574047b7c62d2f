BRIEFINGS_SEARCH_WORDS("sty",{
"styled":"h,3p,23,1e,c;46,23"
});
