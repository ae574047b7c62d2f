BRIEFINGS_SEARCH_WORDS("sym",{
"symbolic":"45,3q"
});
