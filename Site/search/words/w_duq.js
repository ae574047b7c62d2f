BRIEFINGS_SEARCH_WORDS("duq",{
"duquel":"6c,1d"
});
