BRIEFINGS_SEARCH_WORDS("unh",{
"unhcr":"15,18"
});
