BRIEFINGS_SEARCH_WORDS("wor",{
"word":"47,2y,1,e;47,2y",
"work":"6p,l,8;6p",
"working":"4f,32;4f",
"world":"2b"
});
