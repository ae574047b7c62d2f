BRIEFINGS_SEARCH_WORDS("adr",{
"adresse":"58,2a;58"
});
