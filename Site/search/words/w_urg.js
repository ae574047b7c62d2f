BRIEFINGS_SEARCH_WORDS("urg",{
"urgence":"s,19,10,3f,14,3;6g,17",
"urgent":"6j,14",
"urging":"4s,2x"
});
