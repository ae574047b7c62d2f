BRIEFINGS_SEARCH_WORDS("urg",{
"urgence":"s,19,10,34,14,3;65,17",
"urgent":"68,14",
"urging":"4l,2t"
});
