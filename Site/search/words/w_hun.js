BRIEFINGS_SEARCH_WORDS("hun",{
"hunting":"4r,3e"
});
