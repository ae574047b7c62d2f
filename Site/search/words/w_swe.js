BRIEFINGS_SEARCH_WORDS("swe",{
"swells":"7x;7x"
});
