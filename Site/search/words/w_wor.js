BRIEFINGS_SEARCH_WORDS("wor",{
"word":"4u,2w,1,e;4u,2w",
"work":"7v,8",
"working":"54,2y;54",
"world":"2c"
});
