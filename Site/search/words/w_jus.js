BRIEFINGS_SEARCH_WORDS("jus",{
"jusqu":"1y,1h,v,u,2m,5,3;3f",
"justifie":"39,21,2g;5a",
"justifier":"1f",
"justify":"5r,1x"
});
