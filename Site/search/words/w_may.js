BRIEFINGS_SEARCH_WORDS("may",{
"mayhoub":"a,3u,3f;a,3u"
});
