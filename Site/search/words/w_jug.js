BRIEFINGS_SEARCH_WORDS("jug",{
"juge":"g,2d,g,b,1h,c,1b,k,6,1,5,3;3k,1h,1n",
"jugeait":"3i,45;3i",
"jugeant":"4z,2g",
"jugent":"y",
"juges":"2u"
});
