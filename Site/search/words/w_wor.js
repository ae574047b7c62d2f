BRIEFINGS_SEARCH_WORDS("wor",{
"word":"48,2w,1,e;48,2w",
"work":"79,8",
"working":"4i,2y;4i",
"world":"2c"
});
