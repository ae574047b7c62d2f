BRIEFINGS_SEARCH_WORDS("qae",{
"qaeda":"1f,6q"
});
