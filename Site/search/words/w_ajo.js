BRIEFINGS_SEARCH_WORDS("ajo",{
"ajoute":"5q,1n"
});
