BRIEFINGS_SEARCH_WORDS("ben",{
"beneficie":"2",
"benevoles":"l",
"benghazi":"2,4,4a,3c;4g"
});
