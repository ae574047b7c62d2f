BRIEFINGS_SEARCH_WORDS("lav",{
"lavrov":"2o,1,p,3,7,34,f,g;2p,s"
});
