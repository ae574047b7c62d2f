BRIEFINGS_SEARCH_WORDS("dat",{
"date":"3a,1l,2y;4v",
"datera":"37"
});
