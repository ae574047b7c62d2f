BRIEFINGS_SEARCH_WORDS("tom",{
"tombee":"63,19;63",
"tombees":"57,29"
});
