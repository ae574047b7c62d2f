BRIEFINGS_SEARCH_WORDS("wha",{
"what":"5n,23;5n"
});
