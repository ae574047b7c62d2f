BRIEFINGS_SEARCH_WORDS("swe",{
"swells":"7u;7u"
});
