BRIEFINGS_SEARCH_WORDS("ord",{
"ordered":"4x,2u"
});
