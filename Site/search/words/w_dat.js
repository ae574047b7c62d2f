BRIEFINGS_SEARCH_WORDS("dat",{
"date":"3a,1k,2y;4u",
"datera":"37"
});
