BRIEFINGS_SEARCH_WORDS("bai",{
"bailleurs":"39"
});
