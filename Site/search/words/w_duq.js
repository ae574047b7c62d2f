BRIEFINGS_SEARCH_WORDS("duq",{
"duquel":"61,1b"
});
