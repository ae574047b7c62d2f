BRIEFINGS_SEARCH_WORDS("nee",{
"need":"4o,2w;4o",
"needs":"4n,2t"
});
