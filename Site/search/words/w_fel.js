BRIEFINGS_SEARCH_WORDS("fel",{
"felicite":"3g,47;3g"
});
