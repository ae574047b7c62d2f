BRIEFINGS_SEARCH_WORDS("exo",{
"exodus":"7u;7u"
});
