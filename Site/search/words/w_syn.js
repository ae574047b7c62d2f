BRIEFINGS_SEARCH_WORDS("syn",{
"synthese":"7j,1,6,4,4,1",
"synthesis":"7h,5,7,2"
});
