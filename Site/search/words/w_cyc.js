BRIEFINGS_SEARCH_WORDS("cyc",{
"cycle":"q"
});
