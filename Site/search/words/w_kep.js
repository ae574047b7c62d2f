BRIEFINGS_SEARCH_WORDS("kep",{
"kept":"54,r,1u,3;54,r"
});
