BRIEFINGS_SEARCH_WORDS("pui",{
"puis":"1,17,2,c,q,6,a,4j",
"puissance":"1m"
});
