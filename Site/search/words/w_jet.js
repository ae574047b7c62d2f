BRIEFINGS_SEARCH_WORDS("jet",{
"jets":"2m,3w,s;7a"
});
