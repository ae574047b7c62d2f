BRIEFINGS_SEARCH_WORDS("dat",{
"date":"3a,1d,2v;4n",
"datera":"37"
});
