BRIEFINGS_SEARCH_WORDS("lir",{
"lire":"38"
});
