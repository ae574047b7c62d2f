BRIEFINGS_SEARCH_WORDS("occ",{
"occupation":"35",
"occupe":"p"
});
