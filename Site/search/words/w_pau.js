BRIEFINGS_SEARCH_WORDS("pau",{
"pause":"37,3y"
});
