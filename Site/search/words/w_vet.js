BRIEFINGS_SEARCH_WORDS("vet",{
"veto":"o,39,28,1v"
});
