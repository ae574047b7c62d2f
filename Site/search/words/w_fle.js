BRIEFINGS_SEARCH_WORDS("fle",{
"fled":"5u,1v;5u"
});
