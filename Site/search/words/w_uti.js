BRIEFINGS_SEARCH_WORDS("uti",{
"utilisant":"7l,7"
});
