BRIEFINGS_SEARCH_WORDS("som",{
"some":"53,q,1,1u,3,3;53,q,1",
"somme":"2i",
"sommes":"5j,26;5j",
"sommet":"1,2o,j,4p"
});
