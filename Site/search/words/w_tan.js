BRIEFINGS_SEARCH_WORDS("tan",{
"tandis":"2,13,5,20,3s,i,f",
"tanks":"7m",
"tant":"3a"
});
