BRIEFINGS_SEARCH_WORDS("jug",{
"juge":"g,2c,g,c,p,y,c,1j,j,6,1,5,3;3k,1n,1v",
"jugeait":"3i,4i;3i",
"jugeant":"55,2n",
"jugent":"y",
"juges":"2t"
});
