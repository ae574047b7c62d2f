BRIEFINGS_SEARCH_WORDS("lav",{
"lavrov":"2n,1,q,3,7,3x,g;2o,t"
});
