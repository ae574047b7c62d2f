BRIEFINGS_SEARCH_WORDS("adr",{
"adresse":"5e,2f;5e"
});
