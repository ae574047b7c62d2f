BRIEFINGS_SEARCH_WORDS("bai",{
"bailleurs":"3v"
});
