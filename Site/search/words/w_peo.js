BRIEFINGS_SEARCH_WORDS("peo",{
"people":"4e,o,q,2,f,1a,4,1,3,3,3;4e,o,s"
});
