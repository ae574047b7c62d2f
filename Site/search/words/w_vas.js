BRIEFINGS_SEARCH_WORDS("vas",{
"vasily":"33",
"vassili":"33",
"vassily":"33,28,2g;33,28",
"vast":"5m,23"
});
