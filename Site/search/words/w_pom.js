BRIEFINGS_SEARCH_WORDS("pom",{
"pompeo":"25,5h;25"
});
