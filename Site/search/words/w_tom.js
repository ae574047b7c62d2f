BRIEFINGS_SEARCH_WORDS("tom",{
"tombee":"62,1c;62",
"tombees":"56,2c"
});
