BRIEFINGS_SEARCH_WORDS("opt",{
"options":"3v"
});
