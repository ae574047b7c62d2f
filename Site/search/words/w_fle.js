BRIEFINGS_SEARCH_WORDS("fle",{
"fled":"5i,1w"
});
