BRIEFINGS_SEARCH_WORDS("hay",{
"hay":"1f",
"hayat":"4,1b,1t,2,t,3f,1;1f"
});
