BRIEFINGS_SEARCH_WORDS("giu",{
"giuseppe":"1a,6n;1a"
});
