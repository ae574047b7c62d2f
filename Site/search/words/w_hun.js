BRIEFINGS_SEARCH_WORDS("hun",{
"hunting":"4a,3n"
});
