BRIEFINGS_SEARCH_WORDS("vet",{
"veto":"o,2m,2e,24"
});
