BRIEFINGS_SEARCH_WORDS("vas",{
"vasily":"33",
"vassili":"33",
"vassily":"33,20,2d;33,20",
"vast":"5e,20"
});
