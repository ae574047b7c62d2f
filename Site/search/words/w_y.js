BRIEFINGS_SEARCH_WORDS("y",{
"y":"1,e,2s,2,1,r,17,8,z,15,1,7,1,5;5g"
});
