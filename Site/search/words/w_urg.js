BRIEFINGS_SEARCH_WORDS("urg",{
"urgence":"s,1a,10,36,11,3;68,14",
"urgent":"6b,11",
"urging":"4o,2q"
});
