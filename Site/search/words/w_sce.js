BRIEFINGS_SEARCH_WORDS("sce",{
"scene":"l"
});
