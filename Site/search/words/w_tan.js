BRIEFINGS_SEARCH_WORDS("tan",{
"tandis":"2,13,5,20,3r,i,f",
"tanks":"7l",
"tant":"3a"
});
