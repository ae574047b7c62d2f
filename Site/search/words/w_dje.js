BRIEFINGS_SEARCH_WORDS("dje",{
"djebel":"1"
});
