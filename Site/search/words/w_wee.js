BRIEFINGS_SEARCH_WORDS("wee",{
"week":"3q,15,2b,b,3,2;3q",
"weekend":"3x,u,2q,5",
"weeks":"74,2,e"
});
