BRIEFINGS_SEARCH_WORDS("swe",{
"swells":"7m;7m"
});
