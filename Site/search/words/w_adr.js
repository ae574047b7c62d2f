BRIEFINGS_SEARCH_WORDS("adr",{
"adresse":"58,28;58"
});
