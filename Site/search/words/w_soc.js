BRIEFINGS_SEARCH_WORDS("soc",{
"sochi":"1,4b,3i",
"sociale":"36",
"societe":"u,j,18,55"
});
