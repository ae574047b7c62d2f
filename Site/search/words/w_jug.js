BRIEFINGS_SEARCH_WORDS("jug",{
"juge":"g,2c,g,b,1g,c,1f,j,6,1,5,3;3j,1g,1r",
"jugeait":"3h,47;3h",
"jugeant":"4x,2j",
"jugent":"y",
"juges":"2t"
});
