BRIEFINGS_SEARCH_WORDS("jus",{
"jusqu":"1y,1h,w,u,2o,5,3;3f",
"justifie":"39,22,2i;5b",
"justifier":"1f",
"justify":"5s,1z"
});
