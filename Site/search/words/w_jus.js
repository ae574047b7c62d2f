BRIEFINGS_SEARCH_WORDS("jus",{
"jusqu":"1y,1h,t,x,2m,5,3;3f",
"justifie":"39,22,2g;5b",
"justifier":"1f",
"justify":"5s,1x"
});
