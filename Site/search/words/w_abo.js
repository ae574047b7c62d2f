BRIEFINGS_SEARCH_WORDS("abo",{
"abord":"2i,s,4m",
"abou":"2,2,v,34,3v;4,3z",
"about":"4a,4,1v,1e,4,6;4a",
"aboutir":"7t",
"aboutissement":"f",
"aboutit":"39"
});
