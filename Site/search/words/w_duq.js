BRIEFINGS_SEARCH_WORDS("duq",{
"duquel":"64,18"
});
