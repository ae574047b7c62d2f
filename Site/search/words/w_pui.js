BRIEFINGS_SEARCH_WORDS("pui",{
"puis":"1,17,2,c,q,6,a,4g",
"puissance":"1m"
});
