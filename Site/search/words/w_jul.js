BRIEFINGS_SEARCH_WORDS("jul",{
"julani":"4"
});
