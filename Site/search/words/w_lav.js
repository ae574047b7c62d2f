BRIEFINGS_SEARCH_WORDS("lav",{
"lavrov":"2n,1,p,3,7,3n,g;2o,s"
});
