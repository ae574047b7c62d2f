BRIEFINGS_SEARCH_WORDS("jea",{
"jean":"1p;1p"
});
