BRIEFINGS_SEARCH_WORDS("wha",{
"what":"5m,22;5m"
});
