BRIEFINGS_SEARCH_WORDS("vet",{
"veto":"o,2m,26,1z"
});
