BRIEFINGS_SEARCH_WORDS("urg",{
"urgence":"s,19,10,36,14,3;67,17",
"urgent":"6a,14",
"urging":"4n,2t"
});
