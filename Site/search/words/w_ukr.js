BRIEFINGS_SEARCH_WORDS("ukr",{
"ukraine":"84"
});
