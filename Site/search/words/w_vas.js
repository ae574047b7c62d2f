BRIEFINGS_SEARCH_WORDS("vas",{
"vasily":"33",
"vassili":"33",
"vassily":"33,28,2i;33,28",
"vast":"5m,25"
});
