BRIEFINGS_SEARCH_WORDS("vas",{
"vasily":"34",
"vassili":"34",
"vassily":"34,22,2a;34,22",
"vast":"5h,1x"
});
