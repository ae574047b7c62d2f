BRIEFINGS_SEARCH_WORDS("rid",{
"rid":"44,3f"
});
