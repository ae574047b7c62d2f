BRIEFINGS_SEARCH_WORDS("cal",{
"calcul":"3u",
"calendrier":"3v,4e",
"called":"5e,q,1v,3;5e",
"calls":"63,1o,8",
"calme":"7t"
});
