BRIEFINGS_SEARCH_WORDS("jus",{
"jusqu":"1y,1,22,r,t,2g,5,3;41",
"justifie":"3w,1v,2a;5r",
"justifier":"1f",
"justify":"69,1q"
});
