BRIEFINGS_SEARCH_WORDS("fam",{
"families":"5k,24;5k"
});
