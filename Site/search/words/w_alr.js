BRIEFINGS_SEARCH_WORDS("alr",{
"already":"53,r,1u,3,3,2;53,r,22"
});
