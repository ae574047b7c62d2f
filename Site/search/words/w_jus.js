BRIEFINGS_SEARCH_WORDS("jus",{
"jusqu":"1y,1h,t,x,2n,5,3",
"justifie":"39,22,2h",
"justifier":"1f",
"justify":"5s,1y"
});
