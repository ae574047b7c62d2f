BRIEFINGS_SEARCH_WORDS("alr",{
"already":"4y,r,1o,3,3,2;4y,r,1w"
});
