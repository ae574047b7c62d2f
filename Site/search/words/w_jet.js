BRIEFINGS_SEARCH_WORDS("jet",{
"jets":"2l,3x,t;7b"
});
