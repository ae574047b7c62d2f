BRIEFINGS_SEARCH_WORDS("jug",{
"juge":"g,2d,g,b,1i,c,1c,j,6,1,5,3;3k,1i,1o",
"jugeait":"3i,46;3i",
"jugeant":"50,2g",
"jugent":"y",
"juges":"2u"
});
