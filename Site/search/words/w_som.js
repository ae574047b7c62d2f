BRIEFINGS_SEARCH_WORDS("som",{
"some":"4w,q,1,1r,3,3;4w,q,1",
"somme":"2i",
"sommes":"5c,23;5c",
"sommet":"1,2o,j,4f"
});
