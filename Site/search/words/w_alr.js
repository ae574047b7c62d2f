BRIEFINGS_SEARCH_WORDS("alr",{
"already":"5k,r,1o,3,3,2;5k,r,1w"
});
