BRIEFINGS_SEARCH_WORDS("fiv",{
"five":"4b,k,2j,3,1,2,2;4b,k,2m"
});
