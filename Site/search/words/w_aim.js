BRIEFINGS_SEARCH_WORDS("aim",{
"aim":"7w"
});
