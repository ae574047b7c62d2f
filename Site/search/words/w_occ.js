BRIEFINGS_SEARCH_WORDS("occ",{
"occupation":"36",
"occupe":"p"
});
