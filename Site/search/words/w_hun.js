BRIEFINGS_SEARCH_WORDS("hun",{
"hunting":"47,3o"
});
