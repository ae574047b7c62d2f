BRIEFINGS_SEARCH_WORDS("ege",{
"egee":"17"
});
