BRIEFINGS_SEARCH_WORDS("jet",{
"jets":"2l,48,t;7m"
});
