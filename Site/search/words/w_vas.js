BRIEFINGS_SEARCH_WORDS("vas",{
"vasily":"34",
"vassili":"34",
"vassily":"34,21,2a;34,21",
"vast":"5g,1x"
});
