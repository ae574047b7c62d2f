BRIEFINGS_SEARCH_WORDS("wee",{
"week":"3q,1a,2g,3,b,3,2;3q",
"weekend":"42,u,2y,5",
"weeks":"7h,2,e"
});
