BRIEFINGS_SEARCH_WORDS("did",{
"did":"7k,4"
});
