BRIEFINGS_SEARCH_WORDS("wee",{
"week":"3p,13,2e,b,3,2;3p",
"weekend":"3w,s,2t,5",
"weeks":"74,2,e"
});
