BRIEFINGS_SEARCH_WORDS("wor",{
"word":"4c,33,1,e;4c,33",
"work":"70,k,8;70",
"working":"4k,37;4k",
"world":"2b"
});
