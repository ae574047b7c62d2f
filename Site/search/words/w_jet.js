BRIEFINGS_SEARCH_WORDS("jet",{
"jets":"2l,3x,s;7a"
});
