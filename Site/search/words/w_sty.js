BRIEFINGS_SEARCH_WORDS("sty",{
"styled":"h,46,38,c;4n"
});
