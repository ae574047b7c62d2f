BRIEFINGS_SEARCH_WORDS("sym",{
"symbolic":"47,3n"
});
