BRIEFINGS_SEARCH_WORDS("its",{
"its":"4c,o,q,4,d,l,o,4,1,3,3,3;4c,o,u,d"
});
