BRIEFINGS_SEARCH_WORDS("giu",{
"giuseppe":"1a,6y;1a"
});
