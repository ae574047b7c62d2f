BRIEFINGS_SEARCH_WORDS("wee",{
"week":"3q,1a,2e,3,b,3,2;3q",
"weekend":"3z,x,2w,5",
"weeks":"7f,2,e"
});
