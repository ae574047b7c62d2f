BRIEFINGS_SEARCH_WORDS("duq",{
"duquel":"63,18"
});
