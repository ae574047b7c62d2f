BRIEFINGS_SEARCH_WORDS("cal",{
"calcul":"37",
"calendrier":"38,4r",
"called":"4y,p,22,3;4y",
"calls":"5u,1k,3,8",
"calme":"7j"
});
