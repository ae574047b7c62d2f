BRIEFINGS_SEARCH_WORDS("jus",{
"jusqu":"1y,1h,t,x,2n,5,3;3f",
"justifie":"39,22,2h;5b",
"justifier":"1f",
"justify":"5s,1y"
});
