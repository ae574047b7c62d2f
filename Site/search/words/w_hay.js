BRIEFINGS_SEARCH_WORDS("hay",{
"hay":"1f",
"hayat":"4,1b,1s,2,z,3o,1;1f"
});
