BRIEFINGS_SEARCH_WORDS("jus",{
"jusqu":"1y,1,1g,r,u,2g,5,3;3f",
"justifie":"3a,1w,2a;56",
"justifier":"1f",
"justify":"5o,1q"
});
