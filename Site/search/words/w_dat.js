BRIEFINGS_SEARCH_WORDS("dat",{
"date":"3a,1l,2z;4v",
"datera":"37"
});
