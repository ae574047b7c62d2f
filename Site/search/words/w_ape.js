BRIEFINGS_SEARCH_WORDS("ape",{
"apercu":"3u"
});
