BRIEFINGS_SEARCH_WORDS("peo",{
"people":"4d,o,q,2,e,19,4,1,3,3,3;4d,o,s"
});
