BRIEFINGS_SEARCH_WORDS("fau",{
"faut":"3u,3",
"faute":"2e"
});
