BRIEFINGS_SEARCH_WORDS("alr",{
"already":"4z,r,1o,3,3,2;4z,r,1w"
});
