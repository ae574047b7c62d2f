BRIEFINGS_SEARCH_WORDS("adr",{
"adresse":"5e,2d;5e"
});
