BRIEFINGS_SEARCH_WORDS("dat",{
"date":"3x,1e,2s;5b",
"datera":"3u"
});
