BRIEFINGS_SEARCH_WORDS("may",{
"mayhoub":"a,3u,3i;a,3u"
});
