BRIEFINGS_SEARCH_WORDS("tan",{
"tandis":"2,13,5,21,3f,j,f",
"tanks":"7b",
"tant":"3b"
});
