BRIEFINGS_SEARCH_WORDS("fem",{
"femme":"54,2c",
"femmes":"6x,3,7,1"
});
