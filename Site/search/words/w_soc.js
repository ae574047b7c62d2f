BRIEFINGS_SEARCH_WORDS("soc",{
"sochi":"1,47,3b",
"sociale":"37",
"societe":"u,j,19,4t"
});
