BRIEFINGS_SEARCH_WORDS("soc",{
"sochi":"1,4b,3j",
"sociale":"36",
"societe":"u,j,18,56"
});
