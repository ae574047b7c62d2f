BRIEFINGS_SEARCH_WORDS("syn",{
"synthese":"7i,1,6,4,4,1",
"synthesis":"7g,5,7,2"
});
