BRIEFINGS_SEARCH_WORDS("jet",{
"jets":"2m,3x,s;7b"
});
