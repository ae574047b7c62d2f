BRIEFINGS_SEARCH_WORDS("uti",{
"utilisant":"7b,7"
});
