BRIEFINGS_SEARCH_WORDS("kep",{
"kept":"4y,r,1o,3;4y,r"
});
