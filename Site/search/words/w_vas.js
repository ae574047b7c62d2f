BRIEFINGS_SEARCH_WORDS("vas",{
"vasily":"34",
"vassili":"34",
"vassily":"34,2n,2a;34,2n",
"vast":"62,1x"
});
