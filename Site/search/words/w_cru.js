BRIEFINGS_SEARCH_WORDS("cru",{
"crude":"7r"
});
