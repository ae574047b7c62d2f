BRIEFINGS_SEARCH_WORDS("wor",{
"word":"4c,35,1,e",
"work":"71,l,8",
"working":"4l,38",
"world":"2b"
});
