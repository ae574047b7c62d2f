BRIEFINGS_SEARCH_WORDS("pau",{
"pause":"38,3x"
});
