BRIEFINGS_SEARCH_WORDS("jus",{
"jusqu":"1y,1,1g,r,t,2g,5,3;3f",
"justifie":"3a,1v,2a;55",
"justifier":"1f",
"justify":"5n,1q"
});
