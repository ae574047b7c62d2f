BRIEFINGS_SEARCH_WORDS("tom",{
"tombee":"60,1c;60",
"tombees":"54,2c"
});
