BRIEFINGS_SEARCH_WORDS("adr",{
"adresse":"57,28;57"
});
