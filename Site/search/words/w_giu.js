BRIEFINGS_SEARCH_WORDS("giu",{
"giuseppe":"1a,6d;1a"
});
