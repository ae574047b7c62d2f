BRIEFINGS_SEARCH_WORDS("giu",{
"giuseppe":"1a,6f;1a"
});
