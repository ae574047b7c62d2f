BRIEFINGS_SEARCH_WORDS("wha",{
"what":"5n,22;5n"
});
