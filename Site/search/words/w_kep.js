BRIEFINGS_SEARCH_WORDS("kep",{
"kept":"54,r,1w,3;54,r"
});
