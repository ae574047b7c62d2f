BRIEFINGS_SEARCH_WORDS("pen",{
"pendant":"x,b,w,8,v,7,49;3e",
"pentagon":"11",
"pentagone":"11"
});
