BRIEFINGS_SEARCH_WORDS("fem",{
"femme":"5c,2h",
"femmes":"7a,3,7,1"
});
