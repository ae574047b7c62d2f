BRIEFINGS_SEARCH_WORDS("bec",{
"because":"7k",
"become":"7c"
});
