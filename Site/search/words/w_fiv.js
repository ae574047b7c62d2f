BRIEFINGS_SEARCH_WORDS("fiv",{
"five":"4a,k,2j,3,1,2,2;4a,k,2m"
});
