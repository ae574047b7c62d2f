BRIEFINGS_SEARCH_WORDS("geo",{
"geographique":"3w"
});
