BRIEFINGS_SEARCH_WORDS("roa",{
"road":"43,3u"
});
