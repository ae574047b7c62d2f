BRIEFINGS_SEARCH_WORDS("fem",{
"femme":"5s,29",
"femmes":"7i,3,7,1"
});
