BRIEFINGS_SEARCH_WORDS("adr",{
"adresse":"5d,2d;5d"
});
