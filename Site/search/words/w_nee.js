BRIEFINGS_SEARCH_WORDS("nee",{
"need":"4o,2t;4o",
"needs":"4n,2q"
});
