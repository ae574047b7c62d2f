BRIEFINGS_SEARCH_WORDS("cal",{
"calcul":"38",
"calendrier":"39,4f",
"called":"4t,q,1v,3;4t",
"calls":"5i,1o,8",
"calme":"78"
});
