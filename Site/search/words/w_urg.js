BRIEFINGS_SEARCH_WORDS("urg",{
"urgence":"s,19,10,3e,14,3;6f,17",
"urgent":"6i,14",
"urging":"4r,2x"
});
