BRIEFINGS_SEARCH_WORDS("nee",{
"need":"5a,2t;5a",
"needs":"59,2q"
});
