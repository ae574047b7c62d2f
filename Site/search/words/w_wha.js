BRIEFINGS_SEARCH_WORDS("wha",{
"what":"5n,24;5n"
});
