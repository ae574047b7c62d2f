BRIEFINGS_SEARCH_WORDS("rid",{
"rid":"4a,3n"
});
