BRIEFINGS_SEARCH_WORDS("exh",{
"exhortant":"51,2e"
});
