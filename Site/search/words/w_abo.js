BRIEFINGS_SEARCH_WORDS("abo",{
"abord":"2j,s,47",
"abou":"2,2,v,2z,3m;4,3u",
"about":"45,4,30,4,6;45",
"aboutir":"7f",
"aboutissement":"f",
"aboutit":"3a"
});
