BRIEFINGS_SEARCH_WORDS("may",{
"mayhoub":"a,3u,3g;a,3u"
});
