BRIEFINGS_SEARCH_WORDS("rie",{
"rien":"3x,3w"
});
