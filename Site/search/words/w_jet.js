BRIEFINGS_SEARCH_WORDS("jet",{
"jets":"2m,4i,s;7w"
});
