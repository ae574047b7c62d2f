BRIEFINGS_SEARCH_WORDS("enn",{
"ennemies":"1"
});
