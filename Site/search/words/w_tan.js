BRIEFINGS_SEARCH_WORDS("tan",{
"tandis":"2,13,5,21,3d,k,f",
"tanks":"7a",
"tant":"3b"
});
