BRIEFINGS_SEARCH_WORDS("dat",{
"date":"3b,1f,2s;4q",
"datera":"38"
});
