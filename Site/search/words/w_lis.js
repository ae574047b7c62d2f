BRIEFINGS_SEARCH_WORDS("lis",{
"listed":"44,k,2w,2;44"
});
