BRIEFINGS_SEARCH_WORDS("pen",{
"pendant":"x,b,w,8,v,t,49;40",
"pentagon":"11",
"pentagone":"11"
});
