BRIEFINGS_SEARCH_WORDS("jug",{
"juge":"g,2c,g,b,1j,b,1f,j,6,1,5,3;3j,1j,1q",
"jugeait":"3h,49;3h",
"jugeant":"50,2i",
"jugent":"y",
"juges":"2t"
});
