BRIEFINGS_SEARCH_WORDS("sul",{
"suleyman":"2t;2t"
});
