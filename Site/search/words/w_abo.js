BRIEFINGS_SEARCH_WORDS("abo",{
"abord":"2i,s,48",
"abou":"2,2,v,2y,3n;4,3t",
"about":"44,4,31,4,6;44",
"aboutir":"7f",
"aboutissement":"f",
"aboutit":"39"
});
