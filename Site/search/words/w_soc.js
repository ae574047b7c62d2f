BRIEFINGS_SEARCH_WORDS("soc",{
"sochi":"1,4c,3k",
"sociale":"36",
"societe":"u,j,18,58"
});
