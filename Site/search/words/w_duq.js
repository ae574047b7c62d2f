BRIEFINGS_SEARCH_WORDS("duq",{
"duquel":"6a,1c"
});
