BRIEFINGS_SEARCH_WORDS("ota",{
"otages":"3a",
"otan":"x,t,e,b,u,2v,5,4,y;2f,3y,y"
});
