BRIEFINGS_SEARCH_WORDS("hay",{
"hay":"1f",
"hayat":"4,1b,1s,2,y,3m,1;1f"
});
