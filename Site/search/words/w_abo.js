BRIEFINGS_SEARCH_WORDS("abo",{
"abord":"2i,s,4l",
"abou":"2,2,v,31,3x;4,3w",
"about":"47,6,1v,1e,4,6;47",
"aboutir":"7s",
"aboutissement":"f",
"aboutit":"39"
});
