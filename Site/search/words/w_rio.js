BRIEFINGS_SEARCH_WORDS("rio",{
"riot":"1c"
});
