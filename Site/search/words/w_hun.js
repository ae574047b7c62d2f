BRIEFINGS_SEARCH_WORDS("hun",{
"hunting":"44,3f"
});
