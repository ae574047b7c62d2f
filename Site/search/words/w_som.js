BRIEFINGS_SEARCH_WORDS("som",{
"some":"4y,j,8,1o,3,3;4y,r",
"somme":"2j",
"sommes":"5e,20;5e",
"sommet":"1,2p,j,4d"
});
