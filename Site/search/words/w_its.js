BRIEFINGS_SEARCH_WORDS("its",{
"its":"4d,o,q,4,e,l,p,4,1,3,3,3;4d,o,u,e"
});
