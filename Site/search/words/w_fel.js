BRIEFINGS_SEARCH_WORDS("fel",{
"felicite":"3g,4a;3g"
});
