BRIEFINGS_SEARCH_WORDS("rid",{
"rid":"49,3l"
});
