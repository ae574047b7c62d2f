BRIEFINGS_SEARCH_WORDS("bab",{
"bab":"1",
"babies":"61,1y"
});
