BRIEFINGS_SEARCH_WORDS("alr",{
"already":"54,r,1w,3,3,2;54,r,24"
});
