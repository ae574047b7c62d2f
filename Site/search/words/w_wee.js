BRIEFINGS_SEARCH_WORDS("wee",{
"week":"3p,15,2b,b,3,2;3p",
"weekend":"3w,u,2q,5",
"weeks":"73,2,e"
});
