BRIEFINGS_SEARCH_WORDS("wee",{
"week":"3p,15,2e,b,3,2;3p",
"weekend":"3w,u,2t,5",
"weeks":"76,2,e"
});
