BRIEFINGS_SEARCH_WORDS("kep",{
"kept":"4y,r,1r,3;4y,r"
});
