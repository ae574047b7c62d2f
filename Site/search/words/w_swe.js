BRIEFINGS_SEARCH_WORDS("swe",{
"swells":"7w;7w"
});
