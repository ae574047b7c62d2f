BRIEFINGS_SEARCH_WORDS("fem",{
"femme":"5c,2f",
"femmes":"78,3,7,1"
});
