BRIEFINGS_SEARCH_WORDS("pui",{
"puis":"1,17,2,c,d,k,a,51",
"puissance":"1m"
});
