BRIEFINGS_SEARCH_WORDS("rid",{
"rid":"47,3o"
});
