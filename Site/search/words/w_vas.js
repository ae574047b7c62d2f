BRIEFINGS_SEARCH_WORDS("vas",{
"vasily":"33",
"vassili":"33",
"vassily":"33,27,2g;33,27",
"vast":"5l,23"
});
