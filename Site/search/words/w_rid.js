BRIEFINGS_SEARCH_WORDS("rid",{
"rid":"4r,3e"
});
