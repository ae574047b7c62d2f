BRIEFINGS_SEARCH_WORDS("bec",{
"because":"7t",
"become":"69,1c;69"
});
