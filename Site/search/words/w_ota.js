BRIEFINGS_SEARCH_WORDS("ota",{
"otages":"39",
"otan":"x,t,d,b,u,36,5,4,12;2e,49,12"
});
