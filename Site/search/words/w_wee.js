BRIEFINGS_SEARCH_WORDS("wee",{
"week":"3q,1a,2f,3,b,3,2;3q",
"weekend":"3z,x,2x,5",
"weeks":"7g,2,e"
});
