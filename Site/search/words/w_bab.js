BRIEFINGS_SEARCH_WORDS("bab",{
"bab":"1",
"babies":"5l,26"
});
