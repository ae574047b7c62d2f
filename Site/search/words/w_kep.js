BRIEFINGS_SEARCH_WORDS("kep",{
"kept":"5k,r,1o,3;5k,r"
});
