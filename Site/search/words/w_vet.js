BRIEFINGS_SEARCH_WORDS("vet",{
"veto":"o,2m,29,1v"
});
