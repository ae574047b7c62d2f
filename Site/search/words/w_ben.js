BRIEFINGS_SEARCH_WORDS("ben",{
"beneficie":"2",
"benevoles":"l",
"benghazi":"2,4,4b,3e;4h"
});
