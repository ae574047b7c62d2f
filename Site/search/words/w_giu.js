BRIEFINGS_SEARCH_WORDS("giu",{
"giuseppe":"1a,6p;1a"
});
