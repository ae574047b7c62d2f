BRIEFINGS_SEARCH_WORDS("fem",{
"femme":"5b,2f",
"femmes":"77,3,7,1"
});
