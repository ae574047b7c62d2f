BRIEFINGS_SEARCH_WORDS("syn",{
"synthese":"77,1,6,4,4,1",
"synthesis":"75,5,7,2"
});
