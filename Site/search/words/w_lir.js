BRIEFINGS_SEARCH_WORDS("lir",{
"lire":"3u"
});
