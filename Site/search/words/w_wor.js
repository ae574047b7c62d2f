BRIEFINGS_SEARCH_WORDS("wor",{
"word":"47,30,1,e;47,30",
"work":"6r,l,8;6r",
"working":"4h,32;4h",
"world":"2b"
});
