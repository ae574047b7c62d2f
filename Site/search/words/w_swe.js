BRIEFINGS_SEARCH_WORDS("swe",{
"swells":"7j;7j"
});
