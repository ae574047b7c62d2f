BRIEFINGS_SEARCH_WORDS("adr",{
"adresse":"5t,28;5t"
});
