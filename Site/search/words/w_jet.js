BRIEFINGS_SEARCH_WORDS("jet",{
"jets":"2l,47,t;7l"
});
