BRIEFINGS_SEARCH_WORDS("fel",{
"felicite":"43,46;43"
});
