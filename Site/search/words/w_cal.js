BRIEFINGS_SEARCH_WORDS("cal",{
"calcul":"38",
"calendrier":"39,4e",
"called":"4s,q,1v,3;4s",
"calls":"5h,1o,8",
"calme":"77"
});
