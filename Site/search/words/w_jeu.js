BRIEFINGS_SEARCH_WORDS("jeu",{
"jeu":"7q",
"jeudi":"56,1,1,j,3,8,2,r,1,1,3,9,1,1,3,1,3"
});
