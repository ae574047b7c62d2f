BRIEFINGS_SEARCH_WORDS("giu",{
"giuseppe":"1a,6c;1a"
});
