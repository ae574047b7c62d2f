BRIEFINGS_SEARCH_WORDS("alr",{
"already":"54,r,1u,3,3,2;54,r,22"
});
