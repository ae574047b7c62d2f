BRIEFINGS_SEARCH_WORDS("jus",{
"jusqu":"1y,1g,r,u,2g,5,3;3e",
"justifie":"39,1w,2a;55",
"justifier":"1f",
"justify":"5n,1q"
});
