BRIEFINGS_SEARCH_WORDS("pom",{
"pompeo":"25,5i;25"
});
