BRIEFINGS_SEARCH_WORDS("jug",{
"juge":"g,2c,g,b,1i,c,1f,j,6,1,5,3;3j,1i,1r",
"jugeait":"3h,49;3h",
"jugeant":"4z,2j",
"jugent":"y",
"juges":"2t"
});
