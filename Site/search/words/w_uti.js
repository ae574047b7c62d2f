BRIEFINGS_SEARCH_WORDS("uti",{
"utilisant":"72,7"
});
