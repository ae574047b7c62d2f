BRIEFINGS_SEARCH_WORDS("pen",{
"pendant":"x,b,v,8,v,8,4n;3e",
"pentagon":"11",
"pentagone":"11"
});
