BRIEFINGS_SEARCH_WORDS("jor",{
"jordanie":"3x"
});
