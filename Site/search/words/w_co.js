BRIEFINGS_SEARCH_WORDS("co",{
"co":"2m,j"
});
