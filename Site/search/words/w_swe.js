BRIEFINGS_SEARCH_WORDS("swe",{
"swells":"7v;7v"
});
