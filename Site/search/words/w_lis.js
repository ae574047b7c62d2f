BRIEFINGS_SEARCH_WORDS("lis",{
"listed":"49,k,2z,2;49"
});
