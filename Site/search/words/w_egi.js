BRIEFINGS_SEARCH_WORDS("egi",{
"egide":"q"
});
