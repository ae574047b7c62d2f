BRIEFINGS_SEARCH_WORDS("syn",{
"synthese":"7l,1,6,4,4,1",
"synthesis":"7j,5,7,2"
});
