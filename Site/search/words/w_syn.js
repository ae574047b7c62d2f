BRIEFINGS_SEARCH_WORDS("syn",{
"synthese":"7a,1,6,4,4,1",
"synthesis":"78,5,7,2"
});
