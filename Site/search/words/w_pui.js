BRIEFINGS_SEARCH_WORDS("pui",{
"puis":"1,17,2,c,q,6,a,4r",
"puissance":"1m"
});
