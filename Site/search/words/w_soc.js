BRIEFINGS_SEARCH_WORDS("soc",{
"sochi":"1,47,3c",
"sociale":"37",
"societe":"u,j,19,4u"
});
