BRIEFINGS_SEARCH_WORDS("hay",{
"hay":"1f",
"hayat":"4,1b,2f,2,t,3f,1;1f"
});
