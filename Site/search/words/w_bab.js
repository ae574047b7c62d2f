BRIEFINGS_SEARCH_WORDS("bab",{
"bab":"1",
"babies":"5f,1y"
});
