BRIEFINGS_SEARCH_WORDS("fel",{
"felicite":"3g,48;3g"
});
