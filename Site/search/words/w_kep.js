BRIEFINGS_SEARCH_WORDS("kep",{
"kept":"4z,r,1o,3;4z,r"
});
