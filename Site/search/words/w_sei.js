BRIEFINGS_SEARCH_WORDS("sei",{
"seized":"7m",
"seizes":"7m;7m"
});
