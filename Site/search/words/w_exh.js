BRIEFINGS_SEARCH_WORDS("exh",{
"exhortant":"56,2k"
});
