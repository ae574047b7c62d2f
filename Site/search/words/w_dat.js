BRIEFINGS_SEARCH_WORDS("dat",{
"date":"3a,1f,2s;4p",
"datera":"37"
});
