BRIEFINGS_SEARCH_WORDS("wor",{
"word":"47,2x,1,e;47,2x",
"work":"79,8",
"working":"4h,2z;4h",
"world":"2b"
});
