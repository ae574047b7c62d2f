BRIEFINGS_SEARCH_WORDS("ota",{
"otages":"39",
"otan":"x,t,d,b,u,2w,5,4,y;2e,3z,y"
});
