BRIEFINGS_SEARCH_WORDS("jug",{
"juge":"g,2c,g,b,1j,b,1c,j,6,1,5,3;3j,1j,1n",
"jugeait":"3h,46;3h",
"jugeant":"50,2f",
"jugent":"y",
"juges":"2t"
});
