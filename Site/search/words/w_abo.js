BRIEFINGS_SEARCH_WORDS("abo",{
"abord":"2j,1e,47",
"abou":"2,2,v,3l,3m;4,4g",
"about":"4r,4,30,4,6;4r",
"aboutir":"81",
"aboutissement":"f",
"aboutit":"3w"
});
