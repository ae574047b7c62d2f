BRIEFINGS_SEARCH_WORDS("som",{
"some":"4z,j,8,1o,3,3;4z,r",
"somme":"2j",
"sommes":"5f,20;5f",
"sommet":"1,2p,j,4e"
});
