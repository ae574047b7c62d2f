BRIEFINGS_SEARCH_WORDS("rie",{
"rien":"3b,3w"
});
