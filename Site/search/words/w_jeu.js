BRIEFINGS_SEARCH_WORDS("jeu",{
"jeu":"7n",
"jeudi":"56,1,1,j,3,8,2,n,2,1,4,8,1,1,3,1,3"
});
