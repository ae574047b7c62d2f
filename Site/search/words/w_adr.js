BRIEFINGS_SEARCH_WORDS("adr",{
"adresse":"5e,2e;5e"
});
