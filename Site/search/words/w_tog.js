BRIEFINGS_SEARCH_WORDS("tog",{
"together":"83"
});
