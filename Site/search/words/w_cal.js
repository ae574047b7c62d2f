BRIEFINGS_SEARCH_WORDS("cal",{
"calcul":"37",
"calendrier":"38,4i",
"called":"4s,q,1y,3;4s",
"calls":"5h,1r,8",
"calme":"7a"
});
