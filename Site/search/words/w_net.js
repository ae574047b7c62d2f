BRIEFINGS_SEARCH_WORDS("net",{
"nettement":"38",
"networks":"75"
});
