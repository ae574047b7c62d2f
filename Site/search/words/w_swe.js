BRIEFINGS_SEARCH_WORDS("swe",{
"swells":"7k;7k"
});
