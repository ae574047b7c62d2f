BRIEFINGS_SEARCH_WORDS("net",{
"nettement":"3v",
"networks":"7r"
});
