BRIEFINGS_SEARCH_WORDS("lis",{
"listed":"47,n,2z,2;47"
});
