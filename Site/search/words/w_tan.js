BRIEFINGS_SEARCH_WORDS("tan",{
"tandis":"2,13,5,20,3s,j,f",
"tanks":"7n",
"tant":"3a"
});
