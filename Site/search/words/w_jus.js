BRIEFINGS_SEARCH_WORDS("jus",{
"jusqu":"1y,1g,r,s,2j,5,3;3e",
"justifie":"39,1u,2d;53",
"justifier":"1f",
"justify":"5k,1u"
});
