BRIEFINGS_SEARCH_WORDS("fam",{
"families":"5l,26;5l"
});
