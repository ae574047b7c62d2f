BRIEFINGS_SEARCH_WORDS("fle",{
"fled":"5u,1w;5u"
});
