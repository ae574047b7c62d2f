BRIEFINGS_SEARCH_WORDS("wor",{
"word":"4c,35,1,e;4c,35",
"work":"71,l,8;71",
"working":"4l,38;4l",
"world":"2b"
});
