BRIEFINGS_SEARCH_WORDS("sul",{
"suleyman":"2u;2u"
});
