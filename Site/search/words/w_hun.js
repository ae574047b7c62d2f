BRIEFINGS_SEARCH_WORDS("hun",{
"hunting":"49,3l"
});
