BRIEFINGS_SEARCH_WORDS("tex",{
"texte":"s,32,3,5,2,1h,1,4,1,1f,n,8,7,1;3x,5,2,1m,1g"
});
