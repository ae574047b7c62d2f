BRIEFINGS_SEARCH_WORDS("bec",{
"because":"7h",
"become":"79"
});
