BRIEFINGS_SEARCH_WORDS("tom",{
"tombee":"62,19",
"tombees":"56,29"
});
