BRIEFINGS_SEARCH_WORDS("urg",{
"urgence":"s,19,10,3f,15,3;6g,18",
"urgent":"6j,15",
"urging":"4s,2y"
});
