BRIEFINGS_SEARCH_WORDS("pom",{
"pompeo":"26,62;26"
});
