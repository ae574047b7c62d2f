BRIEFINGS_SEARCH_WORDS("abo",{
"abord":"2i,s,49",
"abou":"2,2,v,2y,3o;4,3t",
"about":"44,4,32,4,6;44",
"aboutir":"7g",
"aboutissement":"f",
"aboutit":"39"
});
