BRIEFINGS_SEARCH_WORDS("jug",{
"juge":"g,2c,g,c,d,19,c,1j,i,6,1,5,3;3k,1m,1v",
"jugeait":"3i,4g;3i",
"jugeant":"54,2m",
"jugent":"y",
"juges":"2t"
});
