BRIEFINGS_SEARCH_WORDS("jug",{
"juge":"g,2c,g,c,e,19,c,1k,j,6,1,5,3;3k,1n,1w",
"jugeait":"3i,4j;3i",
"jugeant":"55,2o",
"jugent":"y",
"juges":"2t"
});
