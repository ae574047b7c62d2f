BRIEFINGS_SEARCH_WORDS("fem",{
"femme":"57,29",
"femmes":"6x,3,7,1"
});
