BRIEFINGS_SEARCH_WORDS("tom",{
"tombee":"6o,19",
"tombees":"5s,29"
});
