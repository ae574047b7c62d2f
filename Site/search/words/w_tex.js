BRIEFINGS_SEARCH_WORDS("tex",{
"texte":"s,2f,3,6,2,1m,1,4,1,1m,m,8,7,1;3a,6,2,1r,1n"
});
