BRIEFINGS_SEARCH_WORDS("jet",{
"jets":"2l,3z,t;7d"
});
