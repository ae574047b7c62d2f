BRIEFINGS_SEARCH_WORDS("ajo",{
"ajoute":"5y,1s"
});
