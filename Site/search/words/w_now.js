BRIEFINGS_SEARCH_WORDS("now",{
"now":"48,2s,j,8,6;70"
});
