BRIEFINGS_SEARCH_WORDS("nee",{
"need":"4p,2t;4p",
"needs":"4o,2q"
});
