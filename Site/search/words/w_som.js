BRIEFINGS_SEARCH_WORDS("som",{
"some":"5k,j,8,1o,3,3;5k,r",
"somme":"2j",
"sommes":"60,20;60",
"sommet":"1,2p,15,4d"
});
