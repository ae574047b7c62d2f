BRIEFINGS_SEARCH_WORDS("diz",{
"dizaines":"2y"
});
