BRIEFINGS_SEARCH_WORDS("syn",{
"synthese":"78,1,6,4,4,1",
"synthesis":"76,5,7,2"
});
