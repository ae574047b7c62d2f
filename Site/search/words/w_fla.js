BRIEFINGS_SEARCH_WORDS("fla",{
"flares":"87;87"
});
