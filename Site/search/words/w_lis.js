BRIEFINGS_SEARCH_WORDS("lis",{
"listed":"44,k,2t,2;44"
});
