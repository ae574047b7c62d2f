BRIEFINGS_SEARCH_WORDS("swe",{
"swells":"85;85"
});
