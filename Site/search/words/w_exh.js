BRIEFINGS_SEARCH_WORDS("exh",{
"exhortant":"52,2e"
});
