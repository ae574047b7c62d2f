BRIEFINGS_SEARCH_WORDS("log",{
"logique":"3w"
});
