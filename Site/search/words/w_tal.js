BRIEFINGS_SEARCH_WORDS("tal",{
"talks":"q,30,5,1,8,r,4,o,11,8,q,7,1;3q,5,1,8,r,4,o,11,8,y"
});
