BRIEFINGS_SEARCH_WORDS("nik",{
"nikolaos":"2a",
"nikos":"2a;2a"
});
