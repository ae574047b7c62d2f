BRIEFINGS_SEARCH_WORDS("jeu",{
"jeu":"81",
"jeudi":"5c,1,1,j,3,b,3,s,1,1,3,9,1,1,3,1,3"
});
