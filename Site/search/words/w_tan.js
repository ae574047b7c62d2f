BRIEFINGS_SEARCH_WORDS("tan",{
"tandis":"2,13,5,20,3g,j,f",
"tanks":"7b",
"tant":"3a"
});
