BRIEFINGS_SEARCH_WORDS("giu",{
"giuseppe":"1a,6q;1a"
});
