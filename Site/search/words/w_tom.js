BRIEFINGS_SEARCH_WORDS("tom",{
"tombee":"62,19;62",
"tombees":"56,29"
});
