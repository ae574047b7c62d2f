BRIEFINGS_SEARCH_WORDS("tan",{
"tandis":"2,13,5,2n,3d,k,f",
"tanks":"7w",
"tant":"3x"
});
