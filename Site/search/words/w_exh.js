BRIEFINGS_SEARCH_WORDS("exh",{
"exhortant":"57,2m"
});
