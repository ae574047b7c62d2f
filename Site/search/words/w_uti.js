BRIEFINGS_SEARCH_WORDS("uti",{
"utilisant":"70,7"
});
