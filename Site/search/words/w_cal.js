BRIEFINGS_SEARCH_WORDS("cal",{
"calcul":"37",
"calendrier":"38,4g",
"called":"4q,p,1z,3;4q",
"calls":"5m,1k,8",
"calme":"78"
});
