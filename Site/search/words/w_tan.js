BRIEFINGS_SEARCH_WORDS("tan",{
"tandis":"2,13,5,20,3i,j,f",
"tanks":"7d",
"tant":"3a"
});
