BRIEFINGS_SEARCH_WORDS("bec",{
"because":"7i",
"become":"7a"
});
