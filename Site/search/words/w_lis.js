BRIEFINGS_SEARCH_WORDS("lis",{
"listed":"45,j,2t,2;45"
});
