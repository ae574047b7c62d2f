BRIEFINGS_SEARCH_WORDS("hay",{
"hay":"1f",
"hayat":"4,1b,1s,2,w,3p,1;1f"
});
