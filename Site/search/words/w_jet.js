BRIEFINGS_SEARCH_WORDS("jet",{
"jets":"2l,49,u;7o"
});
