BRIEFINGS_SEARCH_WORDS("jug",{
"juge":"g,2c,g,c,p,y,c,1j,j,6,1,5,3",
"jugeait":"3i,4i",
"jugeant":"55,2n",
"jugent":"y",
"juges":"2t"
});
