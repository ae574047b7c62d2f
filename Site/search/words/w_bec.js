BRIEFINGS_SEARCH_WORDS("bec",{
"because":"83",
"become":"7v"
});
