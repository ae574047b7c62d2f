BRIEFINGS_SEARCH_WORDS("uti",{
"utilisant":"7a,7"
});
