BRIEFINGS_SEARCH_WORDS("jug",{
"juge":"g,2c,g,b,1i,c,1c,j,6,1,5,3;3j,1i,1o",
"jugeait":"3h,46;3h",
"jugeant":"4z,2g",
"jugent":"y",
"juges":"2t"
});
