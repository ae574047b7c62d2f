BRIEFINGS_SEARCH_WORDS("urg",{
"urgence":"s,1a,10,35,11,3;67,14",
"urgent":"6a,11",
"urging":"4n,2q"
});
