BRIEFINGS_SEARCH_WORDS("wee",{
"week":"3q,14,2b,b,3,2;3q",
"weekend":"3x,t,2q,5",
"weeks":"73,2,e"
});
