BRIEFINGS_SEARCH_WORDS("soc",{
"sochi":"1,46,3f",
"sociale":"36",
"societe":"u,j,18,4x"
});
