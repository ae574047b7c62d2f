BRIEFINGS_SEARCH_WORDS("lis",{
"listed":"45,k,2t,2;45"
});
