BRIEFINGS_SEARCH_WORDS("ben",{
"beneficie":"2",
"benevoles":"l",
"benghazi":"2,4,4s,35;4y"
});
