BRIEFINGS_SEARCH_WORDS("fem",{
"femme":"56,2c",
"femmes":"6z,3,7,1"
});
