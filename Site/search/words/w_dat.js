BRIEFINGS_SEARCH_WORDS("dat",{
"date":"3a,1l,30;4v",
"datera":"37"
});
