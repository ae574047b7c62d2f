BRIEFINGS_SEARCH_WORDS("pom",{
"pompeo":"26,5g;26"
});
