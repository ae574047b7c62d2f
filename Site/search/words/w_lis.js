BRIEFINGS_SEARCH_WORDS("lis",{
"listed":"44,i,2w,2;44"
});
