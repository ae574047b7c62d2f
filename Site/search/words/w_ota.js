BRIEFINGS_SEARCH_WORDS("ota",{
"otages":"3w",
"otan":"x,t,e,b,1g,2v,5,4,y;2f,4k,y"
});
