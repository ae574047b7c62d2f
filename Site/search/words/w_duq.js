BRIEFINGS_SEARCH_WORDS("duq",{
"duquel":"6p,18"
});
