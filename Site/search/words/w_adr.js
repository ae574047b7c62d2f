BRIEFINGS_SEARCH_WORDS("adr",{
"adresse":"56,2a;56"
});
