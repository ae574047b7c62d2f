BRIEFINGS_SEARCH_WORDS("jug",{
"juge":"g,2d,12,b,1h,c,1b,k,6,1,5,3;46,1h,1n",
"jugeait":"44,45;44",
"jugeant":"5l,2g",
"jugent":"y",
"juges":"2u"
});
