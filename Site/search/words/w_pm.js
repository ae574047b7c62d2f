BRIEFINGS_SEARCH_WORDS("pm",{
"pm":"j,l,6,m"
});
