BRIEFINGS_SEARCH_WORDS("wor",{
"word":"4d,35,1,e;4d,35",
"work":"72,l,8;72",
"working":"4l,39;4l",
"world":"2b"
});
