BRIEFINGS_SEARCH_WORDS("jus",{
"jusqu":"1y,1g,r,v,2f,5,3;3e",
"justifie":"39,1w,2a;55",
"justifier":"1f",
"justify":"5n,1q"
});
