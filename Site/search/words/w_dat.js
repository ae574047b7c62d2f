BRIEFINGS_SEARCH_WORDS("dat",{
"date":"3b,1e,2s;4p",
"datera":"38"
});
