BRIEFINGS_SEARCH_WORDS("uti",{
"utilisant":"6z,7"
});
