BRIEFINGS_SEARCH_WORDS("jug",{
"juge":"g,2c,g,c,p,y,c,1j,i,6,1,5,3;3k,1n,1v",
"jugeait":"3i,4h;3i",
"jugeant":"55,2m",
"jugent":"y",
"juges":"2t"
});
