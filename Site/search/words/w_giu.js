BRIEFINGS_SEARCH_WORDS("giu",{
"giuseppe":"1a,6o;1a"
});
