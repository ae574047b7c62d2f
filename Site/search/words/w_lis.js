BRIEFINGS_SEARCH_WORDS("lis",{
"listed":"47,n,30,2;47"
});
