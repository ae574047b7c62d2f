BRIEFINGS_SEARCH_WORDS("fam",{
"families":"5l,25;5l"
});
