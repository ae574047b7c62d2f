BRIEFINGS_SEARCH_WORDS("fle",{
"fled":"5m,1s;5m"
});
