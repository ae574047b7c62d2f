BRIEFINGS_SEARCH_WORDS("uti",{
"utilisant":"7d,7"
});
