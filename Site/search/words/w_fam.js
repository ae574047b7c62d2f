BRIEFINGS_SEARCH_WORDS("fam",{
"families":"5f,1y;5f"
});
