BRIEFINGS_SEARCH_WORDS("sym",{
"symbolic":"4p,3g"
});
