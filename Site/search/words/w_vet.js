BRIEFINGS_SEARCH_WORDS("vet",{
"veto":"o,2n,29,1v"
});
