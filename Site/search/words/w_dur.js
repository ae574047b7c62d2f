BRIEFINGS_SEARCH_WORDS("dur",{
"durable":"5m,2f,2,5",
"durcissement":"23",
"duree":"3u"
});
