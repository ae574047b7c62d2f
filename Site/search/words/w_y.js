BRIEFINGS_SEARCH_WORDS("y",{
"y":"1,e,2s,2,1,q,17,8,y,14,1,7,1,5;5f"
});
