BRIEFINGS_SEARCH_WORDS("opt",{
"options":"39"
});
