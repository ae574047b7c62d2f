BRIEFINGS_SEARCH_WORDS("y",{
"y":"1,e,3f,2,1,1r,8,v,11,1,7,1,5;5w"
});
