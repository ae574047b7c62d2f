BRIEFINGS_SEARCH_WORDS("nik",{
"nikolaos":"29",
"nikos":"29;29"
});
