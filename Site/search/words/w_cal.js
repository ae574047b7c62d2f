BRIEFINGS_SEARCH_WORDS("cal",{
"calcul":"37",
"calendrier":"38,4q",
"called":"4x,p,22,3;4x",
"calls":"5t,1k,3,8",
"calme":"7i"
});
