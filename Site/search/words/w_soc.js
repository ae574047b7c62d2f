BRIEFINGS_SEARCH_WORDS("soc",{
"sochi":"1,46,3c",
"sociale":"36",
"societe":"u,j,18,4u"
});
