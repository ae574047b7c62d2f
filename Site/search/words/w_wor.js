BRIEFINGS_SEARCH_WORDS("wor",{
"word":"4c,34,1,e;4c,34",
"work":"71,k,8;71",
"working":"4l,37;4l",
"world":"2b"
});
