BRIEFINGS_SEARCH_WORDS("jeu",{
"jeu":"7y",
"jeudi":"5b,1,1,j,3,a,3,s,1,3,9,1,1,3,1,3"
});
