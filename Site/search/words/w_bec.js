BRIEFINGS_SEARCH_WORDS("bec",{
"because":"44,3q;44",
"become":"69,1d;69"
});
