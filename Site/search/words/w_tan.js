BRIEFINGS_SEARCH_WORDS("tan",{
"tandis":"2,13,5,20,3t,j,f",
"tanks":"7o",
"tant":"3a"
});
