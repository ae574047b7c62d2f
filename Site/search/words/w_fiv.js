BRIEFINGS_SEARCH_WORDS("fiv",{
"five":"4x,j,2j,3,1,2,2;4x,j,2m"
});
