BRIEFINGS_SEARCH_WORDS("lav",{
"lavrov":"2n,1,p,3,7,3k,g;2o,s"
});
