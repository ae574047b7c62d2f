BRIEFINGS_SEARCH_WORDS("fle",{
"fled":"5u,1x;5u"
});
