BRIEFINGS_SEARCH_WORDS("wor",{
"word":"48,2x,1,e;48,2x",
"work":"7a,8",
"working":"4i,2z;4i",
"world":"2c"
});
