BRIEFINGS_SEARCH_WORDS("som",{
"some":"54,q,1,1w,3,3;54,q,1",
"somme":"2i",
"sommes":"5k,28;5k",
"sommet":"1,2o,j,4s"
});
