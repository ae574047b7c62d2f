BRIEFINGS_SEARCH_WORDS("som",{
"some":"54,q,1,1v,3,3",
"somme":"2i",
"sommes":"5k,27",
"sommet":"1,2o,j,4r"
});
