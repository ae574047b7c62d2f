BRIEFINGS_SEARCH_WORDS("wee",{
"week":"4c,14,2b,b,3,2;4c",
"weekend":"4j,t,2q,5",
"weeks":"7p,2,e"
});
