BRIEFINGS_SEARCH_WORDS("abo",{
"abord":"2j,s,48",
"abou":"2,2,v,2z,3n;4,3u",
"about":"45,4,31,4,6;45",
"aboutir":"7g",
"aboutissement":"f",
"aboutit":"3a"
});
