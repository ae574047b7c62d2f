BRIEFINGS_SEARCH_WORDS("cal",{
"calcul":"37",
"calendrier":"38,4t",
"called":"4y,p,24,3;4y",
"calls":"5u,1m,3,8",
"calme":"7l"
});
