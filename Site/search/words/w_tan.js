BRIEFINGS_SEARCH_WORDS("tan",{
"tandis":"2,13,5,20,3f,j,f",
"tanks":"7a",
"tant":"3a"
});
