BRIEFINGS_SEARCH_WORDS("fiv",{
"five":"4b,j,2j,3,1,2,2;4b,j,2m"
});
