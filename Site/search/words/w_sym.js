BRIEFINGS_SEARCH_WORDS("sym",{
"symbolic":"48,3p"
});
