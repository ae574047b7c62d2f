BRIEFINGS_SEARCH_WORDS("adr",{
"adresse":"58,27;58"
});
