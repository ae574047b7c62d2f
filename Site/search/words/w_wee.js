BRIEFINGS_SEARCH_WORDS("wee",{
"week":"3q,19,2e,3,b,3,2;3q",
"weekend":"41,u,2w,5",
"weeks":"7e,2,e"
});
