BRIEFINGS_SEARCH_WORDS("dat",{
"date":"3a,1l,2z",
"datera":"37"
});
