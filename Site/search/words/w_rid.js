BRIEFINGS_SEARCH_WORDS("rid",{
"rid":"45,3e"
});
