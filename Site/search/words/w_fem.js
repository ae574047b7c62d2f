BRIEFINGS_SEARCH_WORDS("fem",{
"femme":"5c,2g",
"femmes":"78,3,8,1"
});
