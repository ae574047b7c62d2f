BRIEFINGS_SEARCH_WORDS("fle",{
"fled":"63,1w",
"fleuve":"3k"
});
