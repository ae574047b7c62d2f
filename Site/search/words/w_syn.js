BRIEFINGS_SEARCH_WORDS("syn",{
"synthese":"7t,1,6,4,4,1",
"synthesis":"7r,5,7,2"
});
