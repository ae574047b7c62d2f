BRIEFINGS_SEARCH_WORDS("obj",{
"objectif":"i,3c"
});
