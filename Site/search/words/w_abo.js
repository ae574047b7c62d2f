BRIEFINGS_SEARCH_WORDS("abo",{
"abord":"2i,s,4b",
"abou":"2,2,v,2y,3q;4,3t",
"about":"44,4,34,4,6;44",
"aboutir":"7i",
"aboutissement":"f",
"aboutit":"39"
});
