BRIEFINGS_SEARCH_WORDS("tex",{
"texte":"s,2f,3,6,2,1n,1,4,1,1n,n,8,7,1;3a,6,2,1s,1o"
});
