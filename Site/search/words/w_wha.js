BRIEFINGS_SEARCH_WORDS("wha",{
"what":"5j,1v;5j"
});
