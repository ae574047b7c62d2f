BRIEFINGS_SEARCH_WORDS("dat",{
"date":"3a,1f,2v;4p",
"datera":"37"
});
