BRIEFINGS_SEARCH_WORDS("lav",{
"lavrov":"2o,1,1b,3,7,34,f,g;2p,1e"
});
