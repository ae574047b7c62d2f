BRIEFINGS_SEARCH_WORDS("vas",{
"vasily":"33",
"vassili":"33",
"vassily":"33,22,2a;33,22",
"vast":"5g,1x"
});
