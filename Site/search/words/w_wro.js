BRIEFINGS_SEARCH_WORDS("wro",{
"wrote":"7v"
});
