BRIEFINGS_SEARCH_WORDS("pom",{
"pompeo":"25,5k;25"
});
