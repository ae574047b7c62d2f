BRIEFINGS_SEARCH_WORDS("cal",{
"calcul":"37",
"calendrier":"38,4s",
"called":"4y,p,23,3;4y",
"calls":"5u,1l,3,8",
"calme":"7k"
});
