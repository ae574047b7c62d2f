BRIEFINGS_SEARCH_WORDS("hun",{
"hunting":"45,3e"
});
