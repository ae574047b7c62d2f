BRIEFINGS_SEARCH_WORDS("syn",{
"synthese":"7k,1,6,4,4,1",
"synthesis":"7i,5,7,2"
});
