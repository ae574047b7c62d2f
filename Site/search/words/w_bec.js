BRIEFINGS_SEARCH_WORDS("bec",{
"because":"44,3q",
"become":"69,1d"
});
