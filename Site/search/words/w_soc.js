BRIEFINGS_SEARCH_WORDS("soc",{
"sochi":"1,4t,3b",
"sociale":"37",
"societe":"u,j,19,5f"
});
