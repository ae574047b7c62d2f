BRIEFINGS_SEARCH_WORDS("bab",{
"bab":"1",
"babies":"5g,1y"
});
