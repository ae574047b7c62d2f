BRIEFINGS_SEARCH_WORDS("abo",{
"abord":"2i,s,4k",
"abou":"2,2,v,31,3w;4,3w",
"about":"47,6,1v,1d,4,6;47",
"aboutir":"7r",
"aboutissement":"f",
"aboutit":"39"
});
