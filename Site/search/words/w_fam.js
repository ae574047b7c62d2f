BRIEFINGS_SEARCH_WORDS("fam",{
"families":"5f,21;5f"
});
