BRIEFINGS_SEARCH_WORDS("pau",{
"pause":"3u,3x"
});
