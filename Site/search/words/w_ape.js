BRIEFINGS_SEARCH_WORDS("ape",{
"apercu":"38"
});
