BRIEFINGS_SEARCH_WORDS("tal",{
"talks":"q,35,2,y,4,2o,7,1;3x,y,4,2w"
});
