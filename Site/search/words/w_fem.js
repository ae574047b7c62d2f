BRIEFINGS_SEARCH_WORDS("fem",{
"femme":"56,29",
"femmes":"6w,3,7,1"
});
