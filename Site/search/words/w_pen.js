BRIEFINGS_SEARCH_WORDS("pen",{
"pendant":"x,b,v,8,v,7,4a;3d",
"pentagon":"11",
"pentagone":"11"
});
