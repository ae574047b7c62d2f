BRIEFINGS_SEARCH_WORDS("fam",{
"families":"5l,24;5l"
});
