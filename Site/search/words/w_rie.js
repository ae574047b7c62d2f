BRIEFINGS_SEARCH_WORDS("rie",{
"rien":"3a,3x"
});
