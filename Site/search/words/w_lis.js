BRIEFINGS_SEARCH_WORDS("lis",{
"listed":"4a,k,31,2;4a"
});
