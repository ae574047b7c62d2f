BRIEFINGS_SEARCH_WORDS("exh",{
"exhortant":"5n,2e"
});
