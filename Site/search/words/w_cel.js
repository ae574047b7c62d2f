BRIEFINGS_SEARCH_WORDS("cel",{
"celle":"7k",
"celles":"3a,22,2g;5c",
"celui":"3l,4f"
});
