BRIEFINGS_SEARCH_WORDS("sym",{
"symbolic":"43,3g"
});
