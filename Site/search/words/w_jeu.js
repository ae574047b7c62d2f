BRIEFINGS_SEARCH_WORDS("jeu",{
"jeu":"7o",
"jeudi":"57,1,1,j,3,8,2,o,1,1,4,8,1,1,3,1,3"
});
