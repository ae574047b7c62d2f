BRIEFINGS_SEARCH_WORDS("fam",{
"families":"5d,21;5d"
});
