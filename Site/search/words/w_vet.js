BRIEFINGS_SEARCH_WORDS("vet",{
"veto":"o,2n,28,1v"
});
