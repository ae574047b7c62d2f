BRIEFINGS_SEARCH_WORDS("kep",{
"kept":"53,r,1u,3;53,r"
});
