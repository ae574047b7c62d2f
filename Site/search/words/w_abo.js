BRIEFINGS_SEARCH_WORDS("abo",{
"abord":"2i,s,4j",
"abou":"2,2,v,33,3t;4,3y",
"about":"49,4,1u,1d,4,6;49",
"aboutir":"7q",
"aboutissement":"f",
"aboutit":"39"
});
