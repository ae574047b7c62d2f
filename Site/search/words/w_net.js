BRIEFINGS_SEARCH_WORDS("net",{
"nettement":"39",
"networks":"75"
});
