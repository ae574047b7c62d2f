BRIEFINGS_SEARCH_WORDS("gel",{
"gel":"3u"
});
