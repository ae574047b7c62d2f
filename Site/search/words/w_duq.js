BRIEFINGS_SEARCH_WORDS("duq",{
"duquel":"6b,1c"
});
