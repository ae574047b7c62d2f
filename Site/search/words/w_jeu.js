BRIEFINGS_SEARCH_WORDS("jeu",{
"jeu":"89",
"jeudi":"5s,1,1,j,3,8,2,n,2,1,4,8,1,1,3,1,3"
});
